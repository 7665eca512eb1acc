import type { Minutes } from './minutes';
import { PrintPortal } from '../../common/PrintPortal';

/** The 会议纪要 on paper: the same parts as the Word file (minutes.ts), labels in bold. */
export function MeetingMinutes({ minutes, onDone }: { minutes: Minutes; onDone(): void }) {
  return (
    <PrintPortal onDone={onDone}>
      <div className="notice" data-testid="meeting-minutes">
        <h1>{minutes.title}</h1>
        {minutes.parts.map((part, i) => {
          switch (part.kind) {
            case 'line':
              return (
                <p key={i}>
                  {part.label && (
                    <b>
                      {part.label}
                      {minutes.colon}
                    </b>
                  )}
                  {part.text}
                </p>
              );
            case 'list':
              return (
                <div key={i}>
                  <p>
                    <b>
                      {part.label}
                      {minutes.colon}
                    </b>
                  </p>
                  <ol>
                    {part.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ol>
                </div>
              );
            case 'sign':
              return (
                <p key={i} className="notice-sign">
                  {part.lines.map((text, j) => (
                    <span key={j}>
                      {j > 0 && <br />}
                      {text}
                    </span>
                  ))}
                </p>
              );
          }
        })}
      </div>
    </PrintPortal>
  );
}
