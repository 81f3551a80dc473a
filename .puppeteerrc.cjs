// Browsers come from Debian (see README); never let puppeteer download its own.
module.exports = { skipDownload: true };
