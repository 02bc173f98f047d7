/** Channel-level contact consent: STOP is recorded here and honoured by every outbound path. */
export interface ContactPreferences {
  isOptedOut(channelId: string, userId: string): Promise<boolean>;
  optOut(channelId: string, userId: string, at: Date): Promise<void>;
  optIn(channelId: string, userId: string, at: Date): Promise<void>;
}
