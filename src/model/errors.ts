/**
 * The one error the domain layer throws: the data cannot support what was asked (a region,
 * indicator or source that does not exist, a figure nobody published, a statement that is no
 * longer true). `alasan` is written for the editor reading the build log, in Indonesian.
 */
export class TidakDidukung extends Error {
  readonly alasan: string;
  constructor(alasan: string) {
    super(alasan);
    this.name = 'TidakDidukung';
    this.alasan = alasan;
  }
}
