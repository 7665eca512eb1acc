import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installErrorHandler } from './errors';

describe('the error log', () => {
  it('says what failed and where, never the values a failing query was given', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify({ logger: { level: 'error', stream } });
    installErrorHandler(app);
    app.post('/api/sync/push', () => {
      // What a database error looks like when it quotes its parameters.
      const error = new Error('insert failed: ["110105199003072087","王秀英","13912345678"]') as Error & {
        code: string;
      };
      error.code = '22P05';
      throw error;
    });
    const reply = await app.inject({ method: 'POST', url: '/api/sync/push', payload: {} });
    expect(reply.statusCode).toBe(500);
    expect(reply.body).not.toContain('110105199003072087');
    const log = lines.join('');
    expect(log).toContain('22P05');
    expect(log).toContain('/api/sync/push');
    for (const secret of ['110105199003072087', '王秀英', '13912345678']) expect(log).not.toContain(secret);
    await app.close();
  });
});
