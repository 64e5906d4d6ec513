import { Alert, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText } from '../../db/errors';
import { conversionProblem } from '../../domain/risk/conversion';
import type { RiskMatter } from '../../domain/risk/types';
import { getRiskMatter } from '../../services/data/risks';

export type RiskToConvert =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; matter: RiskMatter }
  | { state: 'refused'; reason: string };

/** The screening-ledger matter a registration converts (转为信访事项), read for each id it is given; none without. */
export function useRiskMatterToConvert(matterId: string | null): RiskToConvert {
  const [found, setFound] = useState<{ id: string; result: RiskToConvert } | null>(null);
  useEffect(() => {
    if (!matterId) return;
    let current = true;
    getRiskMatter(matterId).then(
      (matter) => {
        if (!current) return;
        const problem = matter ? conversionProblem(matter) : '所转的排查事项已不存在';
        setFound({
          id: matterId,
          result: problem || !matter ? { state: 'refused', reason: problem ?? '' } : { state: 'ready', matter },
        });
      },
      (failed: unknown) => {
        if (current)
          setFound({ id: matterId, result: { state: 'refused', reason: `排查事项无法读取：${errorText(failed)}` } });
      },
    );
    return () => {
      current = false;
    };
  }, [matterId]);
  if (!matterId) return { state: 'none' };
  return found?.id === matterId ? found.result : { state: 'loading' };
}

/** Why a matter cannot be converted now, with the ways on: back to the ledger, or to the registration draft. */
export function ConversionRefused({ reason }: { reason: string }) {
  const navigate = useNavigate();
  return (
    <div className="desk-page">
      <Alert
        type="warning"
        showIcon
        title="不能转为信访事项"
        description={reason}
        action={
          <Space orientation="vertical">
            <Button onClick={() => void navigate('/risks')}>返回排查台账</Button>
            <Button onClick={() => void navigate('/register')}>打开信访登记</Button>
          </Space>
        }
      />
    </div>
  );
}

/** The banner over a registration filled from a matter. */
export function ConversionBanner({ matter }: { matter: RiskMatter }) {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={`由排查事项 ${matter.riskNo} 转为信访事项`}
      description="已按台账填入反映问题、诉求、类别和涉及单位，请补全信访人和信访方式。保存后该事项标记为“已转信访事项”，并与新登记的信访事项互相关联。"
    />
  );
}
