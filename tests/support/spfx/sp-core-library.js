// Version is all the web parts take from sp-core-library outside a page (dataVersion); the
// package's index needs @msinternal/* modules that npm does not ship.
class Version {
  static parse(text) {
    return Object.assign(new Version(), { text });
  }
  toString() {
    return this.text;
  }
}
module.exports = { Version };
