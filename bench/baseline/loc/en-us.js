define([], function () {
  return {
    ButtonText: "Click"
  };
});
