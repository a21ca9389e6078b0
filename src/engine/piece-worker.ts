// A worker thread of `--threads`: takes pieces of the files it is sent until none is left (see PiecePool).
import { parentPort } from 'node:worker_threads';
import { commentColumns } from '../survey/comment-columns.js';
import { loadCommentLanguage } from '../survey/comment-language.js';
import { analyzePiece, takePiece, useCommentLanguage, type PieceJob } from './analyze-piece.js';

// The detector of comment languages, loaded as the worker starts (while the main thread reads the
// rows that detect the columns), awaited by the jobs whose survey has comment columns.
const detector = loadCommentLanguage().then(useCommentLanguage);

parentPort?.on('message', async (job: PieceJob) => {
  if (commentColumns(job.model.columns, job.model.vocabulary).length > 0) await detector;
  for (let piece = takePiece(job); piece < job.count; piece = takePiece(job)) parentPort?.postMessage(analyzePiece(job, piece));
});
