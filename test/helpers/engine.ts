/**
 * An engine on a test's file, closed when the test finishes, and a call that must succeed: what the engine
 * tests share.
 */
import { onTestFinished } from 'vitest';
import { startEngine, type Engine, type EngineOptions } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';

export async function testEngine(file: string, opts: Partial<EngineOptions> = {}): Promise<Engine> {
  const engine = await startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    ...opts,
  });
  onTestFinished(() => engine.close());
  return engine;
}

/** The call's value; its error's code and message as a thrown Error otherwise. */
export async function ok<T>(engine: Engine, method: string, input: unknown): Promise<T> {
  const envelope = await engine.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}
