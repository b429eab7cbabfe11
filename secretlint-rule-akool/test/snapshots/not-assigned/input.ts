// Akool names compared or passed, never given a literal value.
if (process.env.AKOOL_API_KEY === 'ynefhlt8MdBUer9r504MXMzwmBAqcYgb') throw new Error('rotated');
console.log(AKOOL_API_KEY, 'RRDttnCt/uwV+cP7ZwKlgIXBbAC6tPnr');
const akoolClientSecretFromEnvironment = readSecret();
