export function OptionsPage() {
  return (
    <main>
      <h1>Motive settings</h1>
    </main>
  );
}
