/**
 * The sync server's own TLS, for an office without a reverse proxy: TLS_CERT and TLS_KEY name
 * PEM files (a certificate chain and its private key). Both or neither: half a pair is a
 * mistake to report, not a reason to fall back to plain http with passwords on the wire.
 */
import { createSecureContext } from 'node:tls';
import { readFileSync } from 'node:fs';
import { ExpectedError } from './config';

export interface TlsFiles {
  certFile?: string;
  keyFile?: string;
}

export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
}

function readPem(name: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new ExpectedError(
      `无法读取 ${name}（${file}，${code}）。（Cannot read ${name} (${file}, ${code}).）`,
    );
  }
}

/** The certificate and key to serve https with, or null for plain http. Throws ExpectedError on a bad pair. */
export function loadTls({ certFile, keyFile }: TlsFiles): TlsMaterial | null {
  if (!certFile && !keyFile) return null;
  if (!certFile || !keyFile) {
    throw new ExpectedError('TLS_CERT 和 TLS_KEY 要同时设置。（Set both TLS_CERT and TLS_KEY, or neither.）');
  }
  const material = { cert: readPem('TLS_CERT', certFile), key: readPem('TLS_KEY', keyFile) };
  try {
    // Fails on a malformed PEM or a key that does not belong to the certificate.
    createSecureContext(material);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExpectedError(
      `TLS_CERT 与 TLS_KEY 不是一对有效的证书和私钥：${reason}。（TLS_CERT and TLS_KEY are not a valid certificate and key pair: ${reason}.）`,
    );
  }
  return material;
}
