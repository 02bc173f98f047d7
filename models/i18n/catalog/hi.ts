import type { Catalog, Translation } from './en';
import { hiCase } from './hiCase';
import { hiIntake } from './hiIntake';

export const hi: Translation<Catalog> = { ...hiIntake, ...hiCase };
