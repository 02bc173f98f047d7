import type { Catalog, Translation } from './en';
import { msCase } from './msCase';
import { msIntake } from './msIntake';
import { msOffers } from './msOffers';

export const ms: Translation<Catalog> = { ...msIntake, ...msCase, ...msOffers };
