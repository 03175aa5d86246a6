/** Placeholder shell; the real application frame replaces this component. */
export function App() {
  return (
    <main>
      <h1>Replica Lab</h1>
    </main>
  );
}
