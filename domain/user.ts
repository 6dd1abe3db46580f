export interface User {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** Only a Super Admin can start a move (ELIG-3). */
  readonly superAdmin: boolean;
  /** An assigned Service Hub seat, or ticket access: can own help desk tickets (HIST-2c, ADV-1). */
  readonly helpDeskAccess: boolean;
}
