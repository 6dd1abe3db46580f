// Placeholder entry until the CLI lands (issue 5); npm start runs the demonstration.
console.log('inbox-move-sim: under construction');
