import { PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Petition } from '../../domain/types';
import { usePrintRegistrationForm } from '../petition/usePrintRegistrationForm';

interface RegistrationSuccessProps {
  petition: Pick<Petition, 'id' | 'regNo'>;
  onContinue(): void;
}

/** After 保存登记: the number the visitor is told, printing the form they sign, and what to do next. */
export function RegistrationSuccess({ petition, onContinue }: RegistrationSuccessProps) {
  const navigate = useNavigate();
  const { print, printing } = usePrintRegistrationForm();
  return (
    <Result
      status="success"
      title="登记成功"
      subTitle={
        <div>
          <div>登记编号</div>
          <Typography.Text data-testid="reg-no" strong style={{ fontSize: 36, letterSpacing: 2 }}>
            {petition.regNo}
          </Typography.Text>
        </div>
      }
      extra={[
        <Button
          key="print"
          type="primary"
          icon={<PrinterOutlined />}
          loading={printing}
          onClick={() => void print(petition.id)}
        >
          打印登记表
        </Button>,
        <Button key="continue" onClick={onContinue} autoFocus>
          继续登记
        </Button>,
        <Button key="detail" onClick={() => navigate(`/petitions/${petition.id}`)}>
          查看详情
        </Button>,
      ]}
    />
  );
}
