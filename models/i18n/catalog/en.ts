/**
 * Every message the bot sends a borrower, in English: the reference catalog. Each group is one
 * dialog (or one bot part); `{{name}}` is filled in by the caller, and the deployment's settings
 * (contactDetails, helplineName, helplineNumber, emergencyNumber, zoneLabel, …) are always there.
 * A key ending in `_one` / `_other` is a plural, chosen by `{{count}}`. `button` labels are also
 * read back when tapped (models/i18n/tappedLabel), so each must be unique and at most 20 characters (WhatsApp).
 */
import { enCase } from './enCase';
import { enIntake } from './enIntake';
import { enOffers } from './enOffers';

export const en = { ...enIntake, ...enCase, ...enOffers };

/** The catalog's shape: every translation has these groups and keys, each a string. */
export type Catalog = { [G in keyof typeof en]: { [K in keyof (typeof en)[G]]: string } };

/** A translation of part of the catalog: anything missing falls back to English (the catalog test lists what is). */
export type Translation<T> = { [G in keyof T]?: { [K in keyof T[G]]?: string } };
