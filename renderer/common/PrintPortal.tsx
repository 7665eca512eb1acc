import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print.css';

/**
 * Prints `children` and nothing else: they are rendered beside the app, which print.css hides
 * on paper, and the browser's print dialog opens — where "Save as PDF" is how an edition or a
 * 决定书 becomes a PDF, in Chromium and in Electron alike. `onDone` runs when the dialog closes.
 */
export function PrintPortal({ children, onDone }: { children: ReactNode; onDone(): void }) {
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    const after = () => done.current();
    window.addEventListener('afterprint', after);
    // Let the document paint first: print() snapshots the page as it is.
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return createPortal(<div className="print-root">{children}</div>, document.body);
}
