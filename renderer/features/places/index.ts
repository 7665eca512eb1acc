/** The 楼门院 registry's front door: what other features and the app may use. */
export { placesRoutes } from './routes';
export { searchPlaces, type PlaceSearchResult } from './place-search';
export { useCommunitySizes, useCoverage, usePlace } from './use-places';
export { communityOrWider } from './service-points/service-points-repository';
export { personalFieldsOf } from './personal-fields';
export type { CommunitySize } from './use-places';
export { showPlacesWithGap } from './places-ui-store';
