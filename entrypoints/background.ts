export default defineBackground(() => {
  // Wiring of storage/ and messages lands with the backup issue.
});
