const base = 'https://openapi.akool.com';
export const credit = () => fetch(`${base}/api/open/v3/faceswap/quota/info`, { headers: { 'x-api-key': 'RRDttnCt/uwV+cP7ZwKlgIXBbAC6tPnr' } });
// curl -H "x-api-key: ynefhlt8MdBUer9r504MXMzwmBAqcYgb" https://openapi.akool.com/api/open/v3/faceswap/quota/info
export const withSet = (headers: Headers) => headers.set('x-api-key', 'RRDttnCt/uwV+cP7ZwKlgIXBbAC6tPnr');
