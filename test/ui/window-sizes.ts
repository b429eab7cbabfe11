// The two window sizes every second-pass UI test runs at (issue 17): the default window and the smallest supported one.
export const sizes = [
  { name: '1024×720', width: 1024, height: 720, onePane: false },
  { name: '640×480', width: 640, height: 480, onePane: true },
] as const;
