// What the agent console holds: the signed-in agent, the live queue, the open case and the live feed.
export const state = { me: null, queue: new Map(), selected: null, detail: null, feed: null };
