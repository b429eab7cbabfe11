// Exchanges the credentials for a token.
export async function getToken() {
  const response = await fetch('https://openapi.akool.com/api/open/v3/getToken', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: 'GSs1N6miLvrkx3ZiBmaaYg==', clientSecret: 'ynefhlt8MdBUer9r504MXMzwmBAqcYgb' }),
  });
  return (await response.json()).token;
}
