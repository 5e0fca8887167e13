// Component tests wait for screens that load data. Testing Library gives up after 1 s by default,
// which a loaded machine (CI shares its CPUs) exceeds without anything being wrong; 5 s still
// fails a screen that never arrives.
if (typeof document !== 'undefined') {
  require('@testing-library/dom').configure({ asyncUtilTimeout: 5000 });
}
