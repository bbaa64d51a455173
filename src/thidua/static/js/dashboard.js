// Dashboards: draw the chart of each canvas[data-chart] from the JSON its data-url returns.
const COLOURS = { green: "#198754", amber: "#ffc107", red: "#dc3545", none: "#ced4da" };

function movementChart(canvas, data) {
  const datasets = ["green", "amber", "red", "none"].map((light) => ({
    label: data.names[light],
    data: data.series[light],
    backgroundColor: COLOURS[light],
  }));
  return new Chart(canvas, {
    type: "bar",
    data: { labels: data.labels, datasets },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } },
    },
  });
}

function unitChart(canvas, data) {
  return new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [{
        label: "% kế hoạch",
        data: data.percent,
        backgroundColor: data.lights.map((light) => COLOURS[light]),
      }],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, suggestedMax: 120 }, x: { ticks: { autoSkip: false, maxRotation: 60 } } },
    },
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    fetch(canvas.dataset.url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((response) => response.json())
      .then((data) => {
        const chart = canvas.dataset.chart === "unit" ? unitChart(canvas, data) : movementChart(canvas, data);
        canvas.dataset.ready = chart ? "1" : "";
      });
  });
});
