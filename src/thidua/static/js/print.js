// Printable pages: the "print" button opens the browser's print dialog (print CSS in thidua.css).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
