import type { Catalog, Translation } from './en';
import { msCase } from './msCase';
import { msIntake } from './msIntake';

export const ms: Translation<Catalog> = { ...msIntake, ...msCase };
