declare namespace App {
  interface Locals {
    /** The article being rendered: its components resolve figures as of its date. */
    artikel?: string;
  }
}
