// The movement form: picking a named movement from the suggestions replaces the line being typed.
document.addEventListener("click", (event) => {
  const button = event.target.closest(".named-suggestion");
  if (!button) return;
  const box = document.getElementById("id_named_text");
  const lines = box.value.split("\n");
  lines[lines.length - 1] = button.dataset.name;
  box.value = lines.join("\n") + "\n";
  document.getElementById("named-suggestions").replaceChildren();
  box.focus();
});
