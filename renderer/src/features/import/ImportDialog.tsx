import { App, Button, Collapse, Modal, Progress, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../db/errors';
import { mappingFor, mappingPresetKey, presetOf, type ColumnMapping } from '../../domain/import/columnMapping';
import { EMPTY_IMPORT_MEMORY, type ImportMemory, type ImportResult } from '../../domain/import/importPlan';
import { now } from '../../services/clock';
import { importPetitions, loadImportMemory, saveImportMemory, undoImport } from '../../services/data/imports';
import { useReferenceData } from '../../services/ReferenceData';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { mappingProblems } from './mappingProblems';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { importThenRemember } from './confirmImport';
import { useImportFile } from './useImportFile';
import { useImportPreview } from './useImportPreview';
import { WordChoicesPanel } from './WordChoicesPanel';

/**
 * 导入Excel (issue 17): choose an old ledger, confirm which column holds what, check every row, then import it all
 * in one step; nothing is written before 「确认导入」. Reading runs in a Web Worker, so the window stays responsive.
 */
const STEPS = [{ title: '选择文件' }, { title: '核对列' }, { title: '预览核对' }, { title: '完成' }];

export function ImportDialog({ onClose }: { onClose(): void }) {
  const { message } = App.useApp();
  const reference = useReferenceData();
  const file = useImportFile();
  const preview = useImportPreview();
  const [step, setStep] = useState(0);
  const [memory, setMemory] = useState<ImportMemory>(EMPTY_IMPORT_MEMORY);
  const [mappings, setMappings] = useState<ColumnMapping[]>([]);
  const [fromPreset, setFromPreset] = useState<boolean[]>([]);
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [undone, setUndone] = useState(false);

  useEffect(() => {
    loadImportMemory().then(setMemory, (error: unknown) =>
      message.error(`读取保存的列对应关系失败：${errorText(error)}`),
    );
  }, [message]);

  const onFile = async (chosen: File) => {
    const opened = await file.open(chosen);
    if (!opened) return;
    const { sheets } = opened.parsed;
    setMappings(sheets.map((s) => mappingFor(s.headers, memory.presets)));
    const keys = new Set(memory.presets.map((p) => p.key));
    setFromPreset(sheets.map((s) => keys.has(mappingPresetKey(s.headers))));
    setStep(1);
  };

  const toPreview = async () => {
    const problems = mappingProblems(file.file?.parsed.sheets ?? [], mappings);
    if (problems.length > 0) {
      message.error(problems.join('；'));
      return;
    }
    setWorking(true);
    try {
      const rows = await file.read(mappings, now());
      await preview.start(rows, memory, reference);
      setStep(2);
    } catch (error) {
      message.error(`读取数据行失败：${errorText(error)}`);
    } finally {
      setWorking(false);
    }
  };

  const confirmImport = async () => {
    if (!file.file) return;
    const { fileName, parsed } = file.file;
    setWorking(true);
    const outcome = await importThenRemember(
      () => importPetitions(preview.request(fileName), now()),
      () => {
        const presets = parsed.sheets.map((s, i) => presetOf(s.headers, mappings[i] ?? []));
        return saveImportMemory({ presets, ...preview.learned() });
      },
    );
    setWorking(false);
    if (!outcome.imported) {
      message.error(outcome.failure);
      return;
    }
    setResult(outcome.result);
    setStep(3);
    if (outcome.memoryFailure) message.warning(outcome.memoryFailure);
  };

  const undo = async () => {
    if (!result) return;
    setWorking(true);
    try {
      await undoImport(result.batchId, now());
      setUndone(true);
    } catch (error) {
      message.error(`撤销失败：${errorText(error)}`);
    } finally {
      setWorking(false);
    }
  };

  const parsed = file.file?.parsed;
  const footer = (
    <Space>
      {step === 1 && <Button onClick={() => setStep(0)}>重新选择文件</Button>}
      {step === 1 && (
        <Button type="primary" loading={working} onClick={() => void toPreview()}>
          下一步：预览核对
        </Button>
      )}
      {step === 2 && <Button onClick={() => setStep(1)}>返回核对列</Button>}
      {step === 2 && preview.blocker && <Typography.Text type="secondary">{preview.blocker}</Typography.Text>}
      {step === 2 && (
        <Button
          type="primary"
          loading={working}
          disabled={preview.blocker !== null}
          onClick={() => void confirmImport()}
        >
          确认导入
        </Button>
      )}
      {step !== 2 && <Button onClick={onClose}>{step === 3 ? '完成' : '取消'}</Button>}
    </Space>
  );

  return (
    <Modal
      open
      title="导入Excel台账"
      width={1240}
      style={{ top: 24 }}
      maskClosable={false}
      keyboard={!working}
      closable={!working}
      onCancel={onClose}
      footer={footer}
    >
      <Steps size="small" current={step} items={STEPS} style={{ marginBottom: 16 }} />
      {step === 0 && (
        <FileStep busy={file.busy} percent={file.percent} error={file.error} onFile={(f) => void onFile(f)} />
      )}
      {step === 1 && parsed && (
        <div style={{ maxHeight: '62vh', overflow: 'auto' }}>
          <MappingStep
            sheets={parsed.sheets}
            mappings={mappings}
            fromPreset={fromPreset}
            sheetsWithoutTable={parsed.sheetsWithoutTable}
            onChange={(index, mapping) => setMappings((all) => all.map((m, i) => (i === index ? mapping : m)))}
          />
          {file.percent !== null && <Progress percent={file.percent} size="small" />}
        </div>
      )}
      {step === 2 && parsed && (
        <div style={{ maxHeight: '62vh', overflow: 'auto' }}>
          <Collapse
            size="small"
            style={{ marginBottom: 12 }}
            items={[
              {
                key: 'words',
                label: `问题类别和单位的对应（${preview.categories.length}种类别写法，${preview.units.length}个单位名称）`,
                children: (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <WordChoicesPanel
                      title="问题类别对应"
                      choices={preview.categories}
                      records={reference.categories}
                      onChoose={preview.chooseCategory}
                    />
                    <WordChoicesPanel
                      title="单位对应"
                      choices={preview.units}
                      records={reference.units}
                      onChoose={preview.chooseUnit}
                      onConfirmAll={preview.confirmAllUnits}
                    />
                  </Space>
                ),
              },
            ]}
          />
          <PreviewStep
            items={preview.items}
            mappings={mappings}
            acceptedKinds={preview.acceptedKinds}
            onAcceptKind={preview.acceptKind}
            onDecide={preview.decide}
            onReread={(key, cells) => {
              const item = preview.items.find((i) => i.row.key === key);
              const mapping = item ? (mappings[item.row.tableIndex] ?? []) : [];
              preview
                .reread(key, cells, mapping, parsed.date1904, now())
                .catch((error: unknown) => message.error(`重新读取失败：${errorText(error)}`));
            }}
          />
        </div>
      )}
      {step === 3 && result && (
        <ResultStep result={result} undone={undone} undoing={working} onUndo={() => void undo()} />
      )}
    </Modal>
  );
}
