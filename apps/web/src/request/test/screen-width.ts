export { screenWidth } from '../../test/screen-width';
