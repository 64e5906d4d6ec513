import { Alert, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../../db/errors';
import { fillPreviewPageNumbers } from './previewPageNumbers';

/**
 * The .docx bytes rendered in the page with docx-preview, exactly the file that will be (or was) issued. Its
 * <style> elements go into this container, so they leave with the modal; the app's CSP allows inline styles
 * ('unsafe-inline' in style-src) but not blob: fonts, hence ignoreFonts (the user's own 仿宋/黑体 are used).
 */
export function LetterPreview({ bytes }: { bytes: Uint8Array }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ bytes: Uint8Array; error: string | null } | null>(null);

  useEffect(() => {
    const target = container.current;
    if (!target) return;
    let cancelled = false;
    target.replaceChildren();
    import('docx-preview')
      .then(({ renderAsync }) =>
        renderAsync(bytes, target, target, {
          inWrapper: true,
          ignoreFonts: true,
          ignoreLastRenderedPageBreak: true,
          breakPages: true,
          className: 'letter-preview',
          useBase64URL: true,
        }),
      )
      .then(
        () => {
          if (cancelled) return;
          fillPreviewPageNumbers(target);
          setState({ bytes, error: null });
        },
        (reason: unknown) => {
          if (!cancelled) setState({ bytes, error: `预览失败：${errorText(reason)}` });
        },
      );
    return () => {
      cancelled = true;
    };
  }, [bytes]);

  const rendered = state?.bytes === bytes;
  return (
    <div>
      {!rendered && <Spin description="正在生成预览…" />}
      {rendered && state.error && <Alert type="error" showIcon title={state.error} />}
      <div
        ref={container}
        data-testid="letter-preview"
        style={{ maxHeight: '65vh', overflow: 'auto', background: '#f0f0f0' }}
      />
    </div>
  );
}
