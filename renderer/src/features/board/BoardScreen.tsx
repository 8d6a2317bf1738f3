/** Board: every current application as a card in its status column. */
export function BoardScreen() {
  return (
    <section className="screen board" aria-labelledby="board-heading">
      <header className="screen-header">
        <div>
          <h1 id="board-heading">Board</h1>
        </div>
      </header>
    </section>
  );
}
