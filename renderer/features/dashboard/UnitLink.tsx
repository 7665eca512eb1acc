import { Typography } from 'antd';
import { drillScope } from '@shared/dashboard/children';

/** A unit's name that opens it when the dashboard may go down to it, plain text otherwise. */
export function UnitLink({
  code,
  name,
  onDrill,
}: {
  code: string;
  name: string;
  onDrill(code: string): void;
}) {
  return drillScope(code) ? (
    <Typography.Link onClick={() => onDrill(code)}>{name}</Typography.Link>
  ) : (
    <>{name}</>
  );
}
