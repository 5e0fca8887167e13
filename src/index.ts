// SPFx solutions need an entry point for the library build; the web parts are the real entries.
export {};
