/** One report of a training run as a figure keeps it: the step, the mean loss, the test accuracy, the time. */
export interface TrainingPoint {
  step: number;
  loss: number;
  accuracy: number;
  seconds: number;
}
