import type { RuleId, Trace, Verdict } from '../domain/index.ts';
import { checkElig1 } from './checkers/elig-1.ts';
import { checkElig2 } from './checkers/elig-2.ts';
import { checkElig3 } from './checkers/elig-3.ts';
import { checkElig4 } from './checkers/elig-4.ts';
import { checkElig5 } from './checkers/elig-5.ts';
import { checkElig6 } from './checkers/elig-6.ts';
import { checkElig7 } from './checkers/elig-7.ts';
import { checkElig8 } from './checkers/elig-8.ts';
import { checkMove1 } from './checkers/move-1.ts';
import { checkMove2 } from './checkers/move-2.ts';
import { checkMove3 } from './checkers/move-3.ts';
import { checkMove4 } from './checkers/move-4.ts';
import { checkMove5 } from './checkers/move-5.ts';
import { checkMove6 } from './checkers/move-6.ts';
import { checkMove7 } from './checkers/move-7.ts';
import { checkSet1 } from './checkers/set-1.ts';
import { checkNew1 } from './checkers/new-1.ts';
import { checkNew2 } from './checkers/new-2.ts';
import { checkHist0 } from './checkers/hist-0.ts';
import { checkHist1 } from './checkers/hist-1.ts';
import { checkHist2 } from './checkers/hist-2.ts';
import { checkHist2a } from './checkers/hist-2a.ts';
import { checkHist2b } from './checkers/hist-2b.ts';
import { checkHist2c } from './checkers/hist-2c.ts';
import { checkHist3 } from './checkers/hist-3.ts';
import { checkHist4 } from './checkers/hist-4.ts';
import { checkHist5 } from './checkers/hist-5.ts';
import { checkHist6 } from './checkers/hist-6.ts';
import { checkHist7 } from './checkers/hist-7.ts';
import { checkHist8 } from './checkers/hist-8.ts';
import { checkHist9 } from './checkers/hist-9.ts';
import { checkInv1 } from './checkers/inv-1.ts';
import { checkInv2 } from './checkers/inv-2.ts';
import { checkInv3 } from './checkers/inv-3.ts';
import { checkInv4 } from './checkers/inv-4.ts';
import { checkInv5 } from './checkers/inv-5.ts';
import { checkInv6 } from './checkers/inv-6.ts';
import { checkInv7 } from './checkers/inv-7.ts';
import { checkInv8 } from './checkers/inv-8.ts';
import { checkOpen1 } from './checkers/open-1.ts';
import { checkOpen2 } from './checkers/open-2.ts';
import { checkOpen3 } from './checkers/open-3.ts';
import { checkOpen4 } from './checkers/open-4.ts';
import { checkOpen5 } from './checkers/open-5.ts';
import { checkOpen6 } from './checkers/open-6.ts';
import { checkOpen7 } from './checkers/open-7.ts';
import { checkOpen8 } from './checkers/open-8.ts';
import { checkOpen9 } from './checkers/open-9.ts';

/** A rule checker: a pure function of a trace. */
export type Checker = (trace: Trace) => Verdict;

/** One checker per MUST, REFUSE, INVARIANT and OPEN rule (ADVISE rules are pre-flight advice instead). */
export const CHECKERS: Partial<Record<RuleId, Checker>> = {
  'ELIG-1': checkElig1,
  'ELIG-2': checkElig2,
  'ELIG-3': checkElig3,
  'ELIG-4': checkElig4,
  'ELIG-5': checkElig5,
  'ELIG-6': checkElig6,
  'ELIG-7': checkElig7,
  'ELIG-8': checkElig8,
  'MOVE-1': checkMove1,
  'MOVE-2': checkMove2,
  'MOVE-3': checkMove3,
  'MOVE-4': checkMove4,
  'MOVE-5': checkMove5,
  'MOVE-6': checkMove6,
  'MOVE-7': checkMove7,
  'SET-1': checkSet1,
  'NEW-1': checkNew1,
  'NEW-2': checkNew2,
  'HIST-0': checkHist0,
  'HIST-1': checkHist1,
  'HIST-2': checkHist2,
  'HIST-2a': checkHist2a,
  'HIST-2b': checkHist2b,
  'HIST-2c': checkHist2c,
  'HIST-3': checkHist3,
  'HIST-4': checkHist4,
  'HIST-5': checkHist5,
  'HIST-6': checkHist6,
  'HIST-7': checkHist7,
  'HIST-8': checkHist8,
  'HIST-9': checkHist9,
  'INV-1': checkInv1,
  'INV-2': checkInv2,
  'INV-3': checkInv3,
  'INV-4': checkInv4,
  'INV-5': checkInv5,
  'INV-6': checkInv6,
  'INV-7': checkInv7,
  'INV-8': checkInv8,
  'OPEN-1': checkOpen1,
  'OPEN-2': checkOpen2,
  'OPEN-3': checkOpen3,
  'OPEN-4': checkOpen4,
  'OPEN-5': checkOpen5,
  'OPEN-6': checkOpen6,
  'OPEN-7': checkOpen7,
  'OPEN-8': checkOpen8,
  'OPEN-9': checkOpen9,
};
