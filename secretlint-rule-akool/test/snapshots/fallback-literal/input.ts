// A hard-coded fallback is still a leak.
export const apiKey = process.env.AKOOL_API_KEY ?? 'ynefhlt8MdBUer9r504MXMzwmBAqcYgb';
export const secret = import.meta.env.VITE_AKOOL_CLIENT_SECRET || "RRDttnCt/uwV+cP7ZwKlgIXBbAC6tPnr";
