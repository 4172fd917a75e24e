// Style sheets are bundled by esbuild (into main.css); importing one gives nothing to the script.
declare module '*.css';
