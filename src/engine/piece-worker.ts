// A worker thread of `--threads`: takes pieces of the files it is sent until none is left (see PiecePool).
import { parentPort } from 'node:worker_threads';
import { analyzePiece, takePiece, type PieceJob } from './analyze-piece.js';

parentPort?.on('message', (job: PieceJob) => {
  for (let piece = takePiece(job); piece < job.count; piece = takePiece(job)) parentPort?.postMessage(analyzePiece(job, piece));
});
