// A worker thread of `--threads`: analyses the pieces of files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { analyzePiece, type PieceTask } from './analyze-piece.js';

parentPort?.on('message', (task: PieceTask) => parentPort?.postMessage(analyzePiece(task)));
