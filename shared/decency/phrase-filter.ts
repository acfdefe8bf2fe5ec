import type { Lexicon } from './compile';

/**
 * Which phrases are worth trying on an item, decided without reading the phrases. Every phrase
 * needs one of its anchor words in the text (Analysis.tryPhrase checks that exactly); this keeps
 * a 64-bit filter of the anchor words an item has (bit id % 64, in two ints) and the same filter of
 * each phrase's anchors by phrase id, so that a phrase none of whose bits are set is passed over
 * with two ANDs. A pass is only a "maybe": tryPhrase still checks the anchors one by one.
 */
export class PhraseFilter {
  /** isAnchor[pid]: that phrase word is the anchor of some phrase. */
  private readonly isAnchor: Uint8Array;
  /** Two ints per phrase id; -1 in the first: a phrase without anchor, always tried. */
  private readonly bloom: Int32Array;
  /** The ids of lex.phraseStarts[pid]'s phrases, in the same order. */
  readonly startIds: Int32Array[];
  /** Some phrase has no anchor (then every start word has to be tried). */
  unanchored = false;

  // This item's anchors.
  /** An anchor word of some phrase is in this text: without one, no phrase can match. */
  seen = false;
  private lo = 0;
  private hi = 0;

  constructor(private readonly lex: Lexicon) {
    this.isAnchor = new Uint8Array(lex.phraseWords.size);
    this.bloom = new Int32Array(lex.phraseCount * 2);
    this.startIds = lex.phraseStarts.map((list) => Int32Array.from(list, (p) => p.id));
    this.build();
  }

  /** Starts an item. */
  reset(): void {
    this.seen = false;
    this.lo = 0;
    this.hi = 0;
  }

  /** A phrase word of this item (its id in lex.phraseWords). */
  see(pid: number): void {
    if (this.isAnchor[pid] !== 1) return;
    this.seen = true;
    if (pid & 32) this.hi |= 1 << (pid & 31);
    else this.lo |= 1 << (pid & 31);
  }

  /** False only when none of the phrase's anchor words can be in this item. */
  mayMatch(phraseId: number): boolean {
    const b = phraseId * 2;
    const lo = this.bloom[b] as number;
    return lo === -1 || (lo & this.lo) !== 0 || ((this.bloom[b + 1] as number) & this.hi) !== 0;
  }

  private build(): void {
    this.isAnchor.fill(0);
    this.bloom.fill(0);
    let unanchored = false;
    for (const p of this.lex.phraseStarts.flat().concat(this.lex.phrasePrefixStarts)) {
      if (!p.anchorIds) {
        unanchored = true;
        this.bloom[p.id * 2] = -1;
        this.bloom[p.id * 2 + 1] = -1;
        continue;
      }
      for (const id of p.anchorIds) {
        this.isAnchor[id] = 1;
        const at = p.id * 2 + ((id >> 5) & 1);
        this.bloom[at] = (this.bloom[at] as number) | (1 << (id & 31));
      }
    }
    this.unanchored = unanchored;
  }
}
