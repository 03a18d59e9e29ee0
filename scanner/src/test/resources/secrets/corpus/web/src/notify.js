// posts deploy notices to the team channel
const WEBHOOK = "https://hooks.slack.com/services/TD2M4BI7N/B7IKLYR18/a3FYTLWLQdfx@@0aSdLUhecHhy";

export async function notify(text) {
  await fetch(WEBHOOK, { method: "POST", body: JSON.stringify({ text }) });
}
