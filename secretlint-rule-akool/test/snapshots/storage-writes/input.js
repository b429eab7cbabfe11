// Keeps the Akool key for the next visit.
localStorage.setItem('akool_api_key', key);
sessionStorage.akoolToken = token;
window.localStorage['clientSecret'] = secret;
localStorage.setItem('theme', 'dark');
const saved = localStorage.getItem('akool_api_key');
