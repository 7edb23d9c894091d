export default function SearchPalette({ onClose }: { onClose: () => void }) {
  return (
    <dialog open aria-label="Search">
      <p>Search is coming.</p>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
