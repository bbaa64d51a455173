// «Chọn tất cả» ticks or clears every candidate of its award group.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".candidate-group .select-all").forEach((box) => {
    box.addEventListener("change", () => {
      box.closest(".candidate-group").querySelectorAll("input[name=chon]").forEach((item) => {
        item.checked = box.checked;
      });
    });
  });
});
