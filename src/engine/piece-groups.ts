/**
 * The groups of a file's pieces: runs of consecutive pieces that one thread reads whole, from the
 * first record of the group's first piece to the first record of the next group, into one
 * analysis. The threads take groups one at a time from a counter they share (see PiecePool), and
 * this thread merges the groups' states in the file's order.
 *
 * Why the report is the same to the last digit whatever the number of threads: floating-point sums
 * and the merges of moments depend on how the rows are grouped and in which order the groups are
 * merged, and both depend here on the file's size alone (and the size of a piece), never on the
 * number of threads or on which thread took which group. The rows of a group go into one analysis
 * in the file's order, whichever thread reads it: a thread that reads the whole file alone starts
 * a new analysis at each group's first piece (see PiecedAnalysis), and a group whose first record
 * a worker guessed wrong (a line break in a quoted comment) is read again from where the group
 * before really ended. The whole is the merge of the groups' states, one after the other in the
 * file's order, on this thread.
 *
 * A group is a twelfth of the pieces not yet in a group, rounded up (guided self-scheduling,
 * Polychronopoulos and Kuck 1987, with its shares fixed by the file rather than by the threads):
 * the first groups are large, so that this thread merges few states (each costs time, and its heap
 * grew with their number, see PIECE_BYTES), and the last eleven or twelve are one piece each, so
 * that a dozen threads finish within about one piece of each other. A file of up to 12 pieces is
 * one group a piece, as every file was before there were groups; the 10M bench export, 114
 * pieces, is 34 groups.
 */
export const GROUP_SHARE = 12;

/** The first piece of each group of a file of `pieces` pieces (see above): [0, ...], ascending. */
export function pieceGroups(pieces: number): number[] {
  const starts: number[] = [];
  for (let at = 0; at < pieces; at += Math.ceil((pieces - at) / GROUP_SHARE)) starts.push(at);
  return starts;
}

/**
 * Whether piece `piece` starts a group, among the groups `starts` (see pieceGroups): a piece past
 * them (a file that grew, or whose size was not known) is a group of its own.
 */
export function startsGroup(starts: readonly number[], piece: number): boolean {
  const last = starts[starts.length - 1];
  return last === undefined || piece > last || starts.includes(piece);
}

/** The bytes of group `group` of a file of `pieces` pieces of `pieceBytes`, in the groups `starts`: the records that start from `from` up to `until`. */
export function groupBytes(starts: readonly number[], pieces: number, group: number, pieceBytes: number): { from: number; until: number } {
  const first = starts[group];
  if (first === undefined) throw new Error(`groupBytes: no group ${group} of ${starts.length}`);
  return { from: first * pieceBytes, until: (starts[group + 1] ?? pieces) * pieceBytes };
}
