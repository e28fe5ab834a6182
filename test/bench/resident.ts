/**
 * Run in a child process of its own by proof.ts, bundled as the app's main process is: opens the engine on a
 * file, runs the review once, and prints the process's resident memory (the main thread and the engine's
 * worker threads share it). In the bench's own process the figure would carry everything the earlier figures
 * left on its heap, which the app never holds.
 */
import { startEngine } from '../../electron/engine/engine';

const [file, workerScript, migrationsFolder] = process.argv.slice(2) as [string, string, string];
const engine = await startEngine(file, { migrationsFolder, workerScript, mode: 'cli' });
try {
  const envelope = await engine.dispatch('review.summary', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  process.stdout.write(JSON.stringify({ rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) }));
} finally {
  await engine.close();
}
