import type { Catalog, Translation } from './en';
import { hiCase } from './hiCase';
import { hiIntake } from './hiIntake';
import { hiOffers } from './hiOffers';

export const hi: Translation<Catalog> = { ...hiIntake, ...hiCase, ...hiOffers };
